# Public access is on by default, and public_access_cidrs defaults to 0.0.0.0/0.
resource "aws_eks_cluster" "default" {
  name     = "platform"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"

  vpc_config { # expect: AWS-EKS-002
    subnet_ids = ["subnet-1a", "subnet-1b"]
  }
}

resource "aws_eks_cluster" "explicit" {
  name     = "web"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"

  vpc_config {
    subnet_ids             = ["subnet-1a", "subnet-1b"]
    endpoint_public_access = true
    public_access_cidrs    = ["10.0.0.0/8", "0.0.0.0/0"] # expect: AWS-EKS-002
  }
}

variable "api_allowed_cidrs" {
  default = ["0.0.0.0/0"]
}

resource "aws_eks_cluster" "from_variable" {
  name     = "data"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"

  vpc_config {
    subnet_ids          = ["subnet-1a", "subnet-1b"]
    public_access_cidrs = var.api_allowed_cidrs # expect: AWS-EKS-002
  }
}
