variable "api_allowed_cidrs" {
  type = list(string)
}

resource "aws_eks_cluster" "restricted" {
  name     = "platform"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"

  vpc_config {
    subnet_ids             = ["subnet-1a", "subnet-1b"]
    endpoint_public_access = true
    public_access_cidrs    = ["203.0.113.0/24"]
  }
}

# A private endpoint: public_access_cidrs does not matter.
resource "aws_eks_cluster" "private" {
  name     = "web"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"

  vpc_config {
    subnet_ids              = ["subnet-1a", "subnet-1b"]
    endpoint_private_access = true
    endpoint_public_access  = false
  }
}

# Unknown at plan time: no finding.
resource "aws_eks_cluster" "unknown" {
  name     = "data"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"

  vpc_config {
    subnet_ids          = ["subnet-1a", "subnet-1b"]
    public_access_cidrs = var.api_allowed_cidrs
  }
}
